import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { ApiClient, ApiError } from '../api/client';
import { ApiProvider } from '../api/provider';
import { useTokenStore } from '../features/auth/token-store';
import { router } from './router';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Auth and validation errors will not fix themselves on a retry.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) &&
          failures < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

function makeApiClient(): ApiClient {
  return new ApiClient({
    getToken: () => useTokenStore.getState().token,
    onAuthError: (error) => useTokenStore.getState().logOut(error.message),
  });
}

export function App() {
  const [queryClient] = useState(makeQueryClient);
  const [apiClient] = useState(makeApiClient);
  return (
    <ApiProvider client={apiClient}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiProvider>
  );
}
