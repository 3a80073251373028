import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { DraftRecommendationInput, EditRecommendationInput, RecommendationSource } from '@cabinet/shared/contracts';
import { requiredWhen } from '../shared/required-when';

export function createRecommendationForm() {
  const form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    source: new FormControl<RecommendationSource>('direct', { nonNullable: true }),
    sourceInputId: new FormControl('', { nonNullable: true }),
    meetingId: new FormControl('', { nonNullable: true }),
    sourceAgendaItemId: new FormControl('', { nonNullable: true }),
    addressedOrganizationId: new FormControl('', { nonNullable: true }),
    liaisonUserIds: new FormControl<string[]>([], { nonNullable: true }),
  });
  const fromAgenda = () => form.controls.source.value === 'agenda_item';
  form.controls.meetingId.addValidators(requiredWhen(fromAgenda));
  form.controls.sourceAgendaItemId.addValidators(requiredWhen(fromAgenda));
  return form;
}

export type RecommendationForm = ReturnType<typeof createRecommendationForm>;

/** What a new recommendation is sent as: only the source's own id, and nothing empty. */
export function draftInput(form: RecommendationForm): DraftRecommendationInput {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    body: value.body.trim(),
    source: value.source,
    ...(value.source === 'input' && value.sourceInputId ? { sourceInputId: value.sourceInputId } : {}),
    ...(value.source === 'agenda_item' && value.sourceAgendaItemId ? { sourceAgendaItemId: value.sourceAgendaItemId } : {}),
    ...(value.addressedOrganizationId ? { addressedOrganizationId: value.addressedOrganizationId } : {}),
    ...(value.addressedOrganizationId && value.liaisonUserIds.length ? { liaisonUserIds: value.liaisonUserIds } : {}),
  };
}

/** A draft's changes: the source stays as drafted; clearing the organisation clears it. */
export function editInput(form: RecommendationForm): EditRecommendationInput {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    body: value.body.trim(),
    addressedOrganizationId: value.addressedOrganizationId || null,
    liaisonUserIds: value.addressedOrganizationId ? value.liaisonUserIds : [],
  };
}
