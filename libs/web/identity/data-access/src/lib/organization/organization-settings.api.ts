import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OrganizationSettings, OrganizationSettingsInput } from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

export type { OrganizationSettings };

/** The active organisation's security settings (needs `organization.manage`). */
@Injectable({ providedIn: 'root' })
export class OrganizationSettingsApi {
  private readonly http = inject(HttpClient);

  settings(): Observable<OrganizationSettings> {
    return this.http.get<OrganizationSettings>('/api/organization/settings');
  }

  change(input: OrganizationSettingsInput): Observable<OrganizationSettings> {
    return this.http.patch<OrganizationSettings>('/api/organization/settings', input);
  }
}
