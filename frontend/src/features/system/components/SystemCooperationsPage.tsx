import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { AnchorLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ORGANISATION_KINDS } from '../../../components/ui/roles';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import type { OrganisationKind } from '../../../gql/graphql';
import { applyServerErrors } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { emailField } from '../../auth/validation';
import { useSessionUser } from '../../auth/useSession';
import { CreateCooperationMutation, SystemCooperationsQuery } from '../api/system';
import { FormError } from '../../../components/ui/FormError';

type Translate = (key: string) => string;

function createSchema(t: Translate) {
  return z.object({
    name: z.string().trim().min(1, t('validation.nameRequired')),
    description: z.string(),
    partners: z
      .array(
        z.object({
          name: z.string().trim().min(1, t('validation.nameRequired')),
          shortName: z.string().trim(),
          kind: z.enum(ORGANISATION_KINDS as [OrganisationKind, ...OrganisationKind[]]),
        }),
      )
      .min(1, t('validation.partnerRequired')),
    adminEmail: emailField(t),
    adminName: z.string().trim().min(1, t('validation.nameRequired')),
    adminPartnerIndex: z.string(),
  });
}

type CreateValues = z.infer<ReturnType<typeof createSchema>>;

const EMPTY: CreateValues = {
  name: '',
  description: '',
  partners: [
    { name: '', shortName: '', kind: 'AUTHORITY' },
    { name: '', shortName: '', kind: 'ASSOCIATION' },
  ],
  adminEmail: '',
  adminName: '',
  adminPartnerIndex: '0',
};

/** System administration: every cooperation, and a form to create one with its first admin. */
export function SystemCooperationsPage() {
  const { t } = useTranslation('system');
  usePageTitle(t('title'));
  const user = useSessionUser();
  if (!user.isSystemAdmin) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return (
    <Stack gap="xl">
      <PageHeader title={t('title')} />
      <CooperationList />
      <CreateCooperationForm />
    </Stack>
  );
}

function CooperationList() {
  const { t } = useTranslation('system');
  const [{ data, error, fetching }, reexecute] = useQuery({ query: SystemCooperationsQuery, requestPolicy: 'cache-and-network' });
  if (!data && error && !fetching) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoader />;
  return (
    <section aria-labelledby="coop-list-heading">
      <Title order={2} size="h3" id="coop-list-heading" mb="sm">
        {t('listTitle')}
      </Title>
      {data.cooperations.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped verticalSpacing="sm">
            <caption>
              <VisuallyHidden>{t('listTitle')}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('name')}</Table.Th>
                <Table.Th scope="col">{t('partners')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.cooperations.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <AnchorLink to="/c/$cooperationId" params={{ cooperationId: c.id }}>
                      {c.name}
                    </AnchorLink>
                    {c.description && (
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {c.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.partners.map((p) => p.organisation.shortName || p.organisation.name).join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

function CreateCooperationForm() {
  const { t } = useTranslation('system');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateCooperationMutation);
  const schema = useMemo(() => createSchema(tc), [tc]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors },
  } = useForm<CreateValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const { fields, append, remove } = useFieldArray({ control, name: 'partners' });
  const partners = watch('partners');

  const onSubmit = async (v: CreateValues) => {
    setFormError(null);
    const res = await create({
      input: {
        name: v.name,
        description: v.description || null,
        partners: v.partners.map((p) => ({ name: p.name, shortName: p.shortName || null, kind: p.kind })),
        adminEmail: v.adminEmail,
        adminName: v.adminName,
        adminPartnerIndex: Number(v.adminPartnerIndex),
      },
    });
    if (res.error || !res.data) {
      setFormError(
        applyServerErrors(
          res.error,
          setError,
          [
            'name',
            'description',
            'adminEmail',
            'adminName',
            'adminPartnerIndex',
            ...v.partners.flatMap((_, i) => [`partners.${i}.name` as const, `partners.${i}.kind` as const]),
          ],
          tc,
        ),
      );
      return;
    }
    notifications.show({ color: 'green', message: t('created', { name: res.data.createCooperation.cooperation.name }) });
    reset(EMPTY);
  };

  return (
    <section aria-labelledby="coop-create-heading">
      <Title order={2} size="h3" id="coop-create-heading" mb="sm">
        {t('createTitle')}
      </Title>
      <Paper withBorder p="lg">
        <form onSubmit={handleSubmit(onSubmit)} noValidate>
          <Stack gap="md">
            <FormError message={formError} />
            <TextInput label={t('name')} required error={errors.name?.message} {...register('name')} />
            <Textarea label={t('description')} autosize minRows={2} error={errors.description?.message} {...register('description')} />
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend>
                <Text fw={600}>{t('partners')}</Text>
              </legend>
              <Stack gap="sm" mt="xs">
                {fields.map((f, i) => (
                  <Card key={f.id} withBorder padding="sm">
                    <Group align="flex-end" gap="sm" wrap="wrap">
                      <TextInput
                        label={t('partnerName', { n: i + 1 })}
                        required
                        error={errors.partners?.[i]?.name?.message}
                        style={{ flex: '1 1 240px' }}
                        {...register(`partners.${i}.name`)}
                      />
                      <TextInput
                        label={t('partnerShortName', { n: i + 1 })}
                        w={140}
                        {...register(`partners.${i}.shortName`)}
                      />
                      <NativeSelect
                        label={t('partnerKind', { n: i + 1 })}
                        data={ORGANISATION_KINDS.map((k) => ({ value: k, label: tc(`organisationKinds.${k}`) }))}
                        {...register(`partners.${i}.kind`)}
                      />
                      <Button variant="default" disabled={fields.length <= 1} onClick={() => remove(i)}>
                        {t('removePartner')}
                        <VisuallyHidden> {i + 1}</VisuallyHidden>
                      </Button>
                    </Group>
                  </Card>
                ))}
                {errors.partners?.root?.message && (
                  <Text c="red.9" size="sm">
                    {errors.partners.root.message}
                  </Text>
                )}
                <Group>
                  <Button variant="default" onClick={() => append({ name: '', shortName: '', kind: 'COMPANY' })}>
                    {t('addPartner')}
                  </Button>
                </Group>
              </Stack>
            </fieldset>
            <Group grow align="flex-start">
              <TextInput label={t('adminEmail')} type="email" required error={errors.adminEmail?.message} {...register('adminEmail')} />
              <TextInput label={t('adminName')} required error={errors.adminName?.message} {...register('adminName')} />
            </Group>
            <NativeSelect
              label={t('adminPartner')}
              error={errors.adminPartnerIndex?.message}
              data={fields.map((_f, i) => ({
                value: String(i),
                label: partners[i]?.name ? partners[i].name : t('partnerN', { n: i + 1 }),
              }))}
              {...register('adminPartnerIndex')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={fetching}>
                {t('create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </section>
  );
}
