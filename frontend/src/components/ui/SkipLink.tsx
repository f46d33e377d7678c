import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

/** The first focusable element: jumps past the header and navigation to the main content. */
export function SkipLink({ target = 'main-content' }: { target?: string }) {
  const { t } = useTranslation();
  return (
    <a className={classes.skip} href={`#${target}`}>
      {t('layout.skipToContent')}
    </a>
  );
}
