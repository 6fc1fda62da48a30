import { createBrowserRouter } from 'react-router';
import { RequireToken } from '../features/auth/RequireToken';
import { LoginPage } from '../features/auth/LoginPage';
import { ExperimentListPage } from '../features/experiments/ExperimentListPage';
import { ExperimentPage } from '../features/experiment/ExperimentPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireToken>
        <AppLayout />
      </RequireToken>
    ),
    children: [
      { index: true, element: <ExperimentListPage /> },
      { path: 'experiments/:experimentId', element: <ExperimentPage /> },
      { path: 'experiments/:experimentId/:tab', element: <ExperimentPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
