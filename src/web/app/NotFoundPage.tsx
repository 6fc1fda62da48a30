import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="empty-state">
      <h1>Page not found</h1>
      <p>
        <Link to="/">Go to the experiments list</Link>
      </p>
    </div>
  );
}
