import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useMemo, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { AnchorLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import type { ContactDetailFieldsFragment } from '../../../gql/graphql';
import { berlinToday, formatDay } from '../../../lib/berlin';
import { errorText, hasCode } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { ContactPrivacySection } from '../../privacy/components/ContactPrivacySection';
import { ContactOrganisationsQuery, ContactQuery, DeleteContactMutation, UpdateContactMutation } from '../api/contacts';
import { applyContactErrors, CONTACT_FORM_FIELDS, contactFormValues, contactInput, contactSchema, type ContactFormValues } from '../contactForm';
import { canEditContacts, canReadContacts } from '../model';
import { ContactFields } from './ContactFields';

type Contact = ContactDetailFieldsFragment;
const CONTEXT = { additionalTypenames: ['Contact', 'DistributionList'] };

/** One contact: its details, editable with version conflict handling, and deletion after confirmation. */
export function ContactPage() {
  const { t } = useTranslation('contacts');
  const coop = useCurrentCooperation();
  if (!canReadContacts(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <ContactView />;
}

function ContactView() {
  const { t } = useTranslation('contacts');
  const coop = useCurrentCooperation();
  const { contactId } = useParams({ from: '/app/c/$cooperationId/contacts/$contactId' });
  const [editing, setEditing] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ContactQuery, variables: { id: contactId }, requestPolicy: 'cache-and-network', context: CONTEXT });
  const contact = data?.contact.id === contactId ? data.contact : null;
  usePageTitle(contact ? contact.name : t('contact.notFoundTitle'));
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (hasCode(error, 'NOT_FOUND')) return <NotFoundContent title={t('contact.notFoundTitle')} text={t('contact.notFoundText')} />;
  if (!contact) {
    if (error && !fetching) return <ErrorState error={error} onRetry={reload} />;
    return <PageLoader />;
  }
  const editor = canEditContacts(coop.myRole);
  return (
    <Stack gap="md">
      <PageHeader
        title={contact.name}
        trail={[
          <AnchorLink key="contacts" to="/c/$cooperationId/contacts" params={{ cooperationId: coop.id }}>
            {t('list.title')}
          </AnchorLink>,
        ]}
        description={[contact.function, contact.organisation?.name].filter(Boolean).join(' · ') || undefined}
        actions={editor && !editing ? <DeleteContactButton contact={contact} /> : undefined}
      />
      {editing && editor ? (
        <EditContactForm key={contact.version} contact={contact} onDone={() => setEditing(false)} onReload={reload} />
      ) : (
        <Details contact={contact} onEdit={editor ? () => setEditing(true) : undefined} />
      )}
      {!editing && <ContactPrivacySection contact={contact} />}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

function Details({ contact, onEdit }: { contact: Contact; onEdit?: () => void }) {
  const { t, i18n } = useTranslation('contacts');
  const coop = useCurrentCooperation();
  const none = t('contact.none');
  const address = [contact.street, [contact.postalCode, contact.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <section aria-labelledby="contact-details-heading">
      <Paper withBorder p="md">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h4" id="contact-details-heading">
              {t('contact.details')}
            </Title>
            {onEdit && (
              <Button variant="default" size="sm" onClick={onEdit}>
                {t('contact.edit')}
              </Button>
            )}
          </Group>
          {contact.detailsHidden && (
            <Alert color="blue" variant="light">
              {t('contact.hiddenText')}
            </Alert>
          )}
          {contact.optedOutAt && (
            <Alert color="yellow" variant="light">
              {t('contact.optedOutText', { date: formatDateTime(contact.optedOutAt, i18n.language) })}
            </Alert>
          )}
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
            <Field label={t('fields.salutation')}>{t(`salutation.${contact.salutation}`)}</Field>
            <Field label={t('fields.letterSalutation')}>{contact.letterSalutation}</Field>
            <Field label={t('fields.organisation')}>{contact.organisation?.name ?? none}</Field>
            <Field label={t('fields.function')}>{contact.function || none}</Field>
            {!contact.detailsHidden && (
              <>
                <Field label={t('fields.email')}>{contact.email ?? none}</Field>
                <Field label={t('fields.phone')}>{contact.phone || none}</Field>
                <Field label={t('fields.address')}>{address || none}</Field>
              </>
            )}
            <Field label={t('fields.legalBasis')}>
              {t(`legalBasis.${contact.legalBasis}`)}
              {contact.consentAt ? ` (${t('contact.consentOn', { date: formatDay(contact.consentAt, i18n.language) })})` : ''}
            </Field>
            <Field label={t('fields.lists')}>
              {contact.distributionLists.length === 0 ? (
                t('contact.noLists')
              ) : (
                <Group gap="xs" component="span">
                  {contact.distributionLists.map((l) => (
                    <AnchorLink key={l.id} to="/c/$cooperationId/contacts/lists/$listId" params={{ cooperationId: coop.id, listId: l.id }}>
                      <Badge variant="light" style={{ cursor: 'pointer' }}>
                        {l.name}
                      </Badge>
                    </AnchorLink>
                  ))}
                </Group>
              )}
            </Field>
            <Field label={t('fields.updatedAt')}>{formatDateTime(contact.updatedAt, i18n.language)}</Field>
          </SimpleGrid>
          {!contact.detailsHidden && (
            <dl style={{ margin: 0 }}>
              <Field label={t('fields.note')}>{contact.note || t('contact.noNote')}</Field>
            </dl>
          )}
        </Stack>
      </Paper>
    </section>
  );
}

function EditContactForm({ contact, onDone, onReload }: { contact: Contact; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation('contacts');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const schema = useMemo(() => contactSchema(t, berlinToday()), [t]);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, updateContact] = useMutation(UpdateContactMutation);
  const [orgResult] = useQuery({ query: ContactOrganisationsQuery, variables: { cooperationId: coop.id } });
  const organisations = orgResult.data?.organisations.items ?? [];
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ContactFormValues>({ resolver: zodResolver(schema), defaultValues: contactFormValues(contact) });

  const onSubmit = async (v: ContactFormValues) => {
    setFormError(null);
    setConflict(false);
    const res = await updateContact({
      input: {
        id: contact.id,
        version: contact.version,
        ...contactInput(v),
        organisationId: v.organisationId || null,
        clearOrganisation: v.organisationId === '',
      },
    });
    if (res.error || !res.data) {
      // A stale version names no field; a taken e-mail address does and goes to its field.
      if (hasCode(res.error, 'CONFLICT') && !applyContactErrorsDryRun(res.error)) {
        setConflict(true);
        return;
      }
      setFormError(applyContactErrors(res.error, setError, CONTACT_FORM_FIELDS, tc));
      return;
    }
    notifications.show({ color: 'green', message: t('contact.saved') });
    onDone();
  };

  return (
    <section aria-labelledby="contact-edit-heading">
      <Paper withBorder p="md">
        {/* the organisation select needs its options before the form shows the current value */}
        {orgResult.fetching && !orgResult.data ? (
          <PageLoader />
        ) : (
          <form onSubmit={handleSubmit(onSubmit)} noValidate>
            <Stack gap="md">
              <Title order={2} size="h4" id="contact-edit-heading">
                {t('contact.editTitle')}
              </Title>
              {conflict && (
                <Alert color="red" variant="light" role="alert" title={t('contact.conflictTitle')}>
                  <Stack gap="sm">
                    <Text size="sm">{t('contact.conflictText')}</Text>
                    <Group>
                      <Button size="xs" variant="default" onClick={onReload}>
                        {t('contact.reload')}
                      </Button>
                    </Group>
                  </Stack>
                </Alert>
              )}
              <FormError message={formError} />
              <ContactFields register={register} control={control} errors={errors} organisations={organisations} autoFocus />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" type="button" onClick={onDone}>
                  {tc('actions.cancel')}
                </Button>
                <Button type="submit" loading={fetching}>
                  {tc('actions.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Paper>
    </section>
  );
}

/** Whether an error names a field of the contact form (then it is no version conflict). */
function applyContactErrorsDryRun(error: unknown): boolean {
  let named = false;
  applyContactErrors(error, () => (named = true), CONTACT_FORM_FIELDS, (k) => k);
  return named;
}

function DeleteContactButton({ contact }: { contact: Contact }) {
  const { t } = useTranslation('contacts');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const navigate = useNavigate();
  const [{ fetching }, deleteContact] = useMutation(DeleteContactMutation);
  const confirm = () =>
    modals.openConfirmModal({
      title: t('delete.title'),
      children: <Text size="sm">{t('delete.text', { name: contact.name })}</Text>,
      labels: { confirm: t('delete.confirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void (async () => {
        const res = await deleteContact({ input: { id: contact.id, version: contact.version } }, CONTEXT);
        if (res.error) {
          notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc), autoClose: 8000 });
          return;
        }
        notifications.show({ color: 'green', message: t('delete.deleted', { name: contact.name }) });
        void navigate({ to: '/c/$cooperationId/contacts', params: { cooperationId: coop.id } });
      })(),
    });
  return (
    <Button color="red" variant="light" onClick={confirm} loading={fetching}>
      {t('delete.button')}
    </Button>
  );
}
