import { type AbstractControl, FormArray, FormControl, FormGroup } from '@angular/forms';
import { type CompliancePackView, type PackRule, type RuleKind, type RulePackInput, rulePackSchema } from '@cabinet/shared/contracts';
import { KIND_FIELDS, defaultParams, paramsOf, valueAt } from './kind-fields';
import { deriveKey } from './rule-key';

export type ParamsGroup = FormGroup<Record<string, AbstractControl>>;

export interface RuleControls {
  kind: FormControl<RuleKind>;
  title: FormControl<string>;
  key: FormControl<string>;
  params: ParamsGroup;
  source: FormGroup<{ citation: FormControl<string>; url: FormControl<string> }>;
}
export type RuleForm = FormGroup<RuleControls>;

export interface PackControls {
  name: FormControl<string>;
  description: FormControl<string>;
  rules: FormArray<RuleForm>;
}
export type PackForm = FormGroup<PackControls>;

/** A problem at a dotted path ("rules.1.params.minPercent"), from the schema here or from the API. */
export interface PathProblem {
  field: string;
  message: string;
}

/**
 * A rule's parameters as nested groups that mirror the parameters ("period.startMonth" is the
 * control startMonth in the group period), so a problem's dotted path finds its control with
 * `form.get`. Every field of the kind gets a control, shown or not, so a choice made and undone
 * (a fiscal year, then a calendar year, then a fiscal year again) keeps its value.
 */
export function paramsGroup(kind: RuleKind, params: unknown = defaultParams(kind)): ParamsGroup {
  const group: ParamsGroup = new FormGroup<Record<string, AbstractControl>>({});
  for (const field of KIND_FIELDS[kind]) {
    const steps = field.path.split('.');
    let node = group;
    for (const step of steps.slice(0, -1)) {
      if (!node.contains(step)) node.addControl(step, new FormGroup<Record<string, AbstractControl>>({}));
      node = node.get(step) as ParamsGroup;
    }
    const value = valueAt(params, field.path) ?? field.initial;
    node.addControl(steps[steps.length - 1] as string, new FormControl<unknown>(Array.isArray(value) ? [...value] : value));
  }
  return group;
}

/** The parameters to send: the shown fields' values only. */
export function paramsValue(kind: RuleKind, group: ParamsGroup): Record<string, unknown> {
  return paramsOf(kind, (path) => group.get(path)?.value);
}

/**
 * One rule's controls. A new rule's key follows its title until the person types a key of their
 * own; a saved rule's key stays as it is, because results are matched across versions by key.
 * Choosing another kind starts that kind's settings afresh.
 */
export function ruleForm(rule: PackRule | null, otherKeys: () => readonly string[] = () => []): RuleForm {
  const kind = rule?.kind ?? 'meetings_held';
  const form: RuleForm = new FormGroup({
    kind: new FormControl<RuleKind>(kind, { nonNullable: true }),
    title: new FormControl(rule?.title ?? '', { nonNullable: true }),
    key: new FormControl(rule?.key ?? '', { nonNullable: true }),
    params: paramsGroup(kind, rule?.params),
    source: new FormGroup({
      citation: new FormControl(rule?.source.citation ?? '', { nonNullable: true }),
      url: new FormControl(rule?.source.url ?? '', { nonNullable: true }),
    }),
  });
  const { kind: kindControl, title, key } = form.controls;
  if (rule) key.markAsDirty();
  title.valueChanges.subscribe((text) => {
    if (!key.dirty) key.setValue(deriveKey(text, otherKeys()));
  });
  kindControl.valueChanges.subscribe((next) => form.setControl('params', paramsGroup(next)));
  return form;
}

export function packForm(): PackForm {
  return new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    rules: new FormArray<RuleForm>([]),
  });
}

/** Adds a rule at the end; its key avoids the keys of the rules already there. */
export function addRule(form: PackForm, rule: PackRule | null = null): RuleForm {
  const rules = form.controls.rules;
  const added = ruleForm(rule, () => rules.controls.filter((other) => other !== added).map((other) => other.controls.key.value));
  rules.push(added);
  return added;
}

/** Fills the form from a saved pack: to edit it, or (copy) to start a new pack from it. */
export function fillPackForm(form: PackForm, pack: Pick<CompliancePackView, 'name' | 'description' | 'rules'>): void {
  form.controls.name.setValue(pack.name);
  form.controls.description.setValue(pack.description);
  form.controls.rules.clear();
  for (const rule of pack.rules) addRule(form, rule);
}

/** What the form holds, in the shape the contracts' pack schema reads. */
export function packValue(form: PackForm): unknown {
  const { name, description } = form.getRawValue();
  return {
    name,
    description,
    rules: form.controls.rules.controls.map((rule) => {
      const { kind, title, key, source } = rule.getRawValue();
      return { key: key.trim(), kind, title, params: paramsValue(kind, rule.controls.params), source: { citation: source.citation, url: source.url.trim() || null } };
    }),
  };
}

/**
 * Checks the pack with the contracts' schema, as the API will. Valid: the pack to send (trimmed
 * as the schema trims). Not: each problem is put on its field and null comes back. A repeated key
 * is also put on the later rules' key fields, where it can be fixed.
 */
export function validPack(form: PackForm): RulePackInput | null {
  const parsed = rulePackSchema.safeParse(packValue(form));
  if (parsed.success) return parsed.data;
  const problems: PathProblem[] = parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  const seen = new Set<string>();
  form.controls.rules.controls.forEach((rule, index) => {
    const key = rule.controls.key.value.trim();
    if (seen.has(key)) problems.push({ field: `rules.${index}.key`, message: 'must not repeat a rule key' });
    seen.add(key);
  });
  applyProblems(form, problems);
  return null;
}

/**
 * Puts each problem on the control at its path, or the nearest one above it ("params.group.tags.0"
 * lands on the tag checkboxes), and returns the messages no control takes (the API's "(body)").
 * A control's problem goes as soon as its value changes: it has no validators of its own.
 */
export function applyProblems(form: PackForm, problems: readonly PathProblem[]): string[] {
  const unmatched: string[] = [];
  for (const problem of problems) {
    const control = nearestControl(form, problem.field);
    if (!control) {
      unmatched.push(problem.message);
      continue;
    }
    if (!control.hasError('schema')) control.setErrors({ ...(control.errors ?? {}), schema: problem.message });
    control.markAsTouched();
  }
  return unmatched;
}

function nearestControl(form: PackForm, field: string): AbstractControl | null {
  const steps = field.split('.').filter((step) => step !== '');
  for (let length = steps.length; length > 0; length--) {
    const control = form.get(steps.slice(0, length));
    if (control) return control;
  }
  return null;
}
