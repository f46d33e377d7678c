import { NotFoundContent } from '../components/ui/NotFoundContent';
import { PublicLayout } from './layout/PublicLayout';

/** 404 for unknown routes; it brings its own chrome since no layout route matched. */
export function NotFoundPage() {
  return (
    <PublicLayout>
      <NotFoundContent />
    </PublicLayout>
  );
}
