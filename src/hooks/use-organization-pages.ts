import { useEffect } from 'react';

import type { SiroApi } from '../api/siro-api.js';
import type { FlowDispatch } from '../flow/actions.js';
import type { OrganizationsLoad } from '../flow/state.js';

/**
 * Loads the organizations page by page while the load is in progress, and
 * dispatches each page as it arrives so the picker can show it at once.
 */
export function useOrganizationPages(load: OrganizationsLoad, api: SiroApi | null, dispatch: FlowDispatch): void {
  const { attempt } = load;
  const loading = load.status === 'loading';

  useEffect(() => {
    if (!loading || api === null) {
      return;
    }

    let cancelled = false;
    const pages = api.organizationPages();

    const readPages = async (): Promise<void> => {
      try {
        for await (const page of pages) {
          if (cancelled) {
            return;
          }
          dispatch({ type: 'organizations-page', attempt, page });
        }
        if (!cancelled) {
          dispatch({ type: 'organizations-loaded', attempt });
        }
      } catch (error) {
        if (!cancelled) {
          dispatch({ type: 'organizations-failed', attempt, error });
        }
      }
    };
    void readPages();

    return () => {
      cancelled = true;
      // Stops the generator after its current page, so no further page is requested.
      pages.return(undefined).catch(() => undefined);
    };
  }, [attempt, loading, api, dispatch]);
}
