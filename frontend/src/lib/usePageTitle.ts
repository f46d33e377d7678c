import { useEffect } from 'react';

/** Sets the document title ("Mitglieder – koop") so that tabs and screen readers name the page. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – koop` : 'koop';
  }, [title]);
}
