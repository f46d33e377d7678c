import { Alert } from '@mantine/core';

/**
 * The error of a whole form (what no single field could show), announced to screen readers.
 * Renders nothing while there is none.
 */
export function FormError({ message, title }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {message}
    </Alert>
  );
}
