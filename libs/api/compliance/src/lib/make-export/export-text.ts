import type { Locale, RuleResult } from '@cabinet/shared/contracts';

/** The evidence packet's fixed words. Rule titles and pack names are printed as their packs wrote them. */
export interface ExportText {
  title: string;
  board: string;
  organization: string;
  period: string;
  version: string;
  asOf: string;
  evaluated: string;
  results: Record<RuleResult, string>;
  measured: string;
  threshold: string;
  nothingMeasured: string;
  withheld: string;
  source: string;
  evidence: string;
  noEvidence: string;
  noResults: string;
  units: { days: string; members: string };
  auditHead: string;
  auditHeadHint: string;
  generated: string;
  /** The evaluators' note codes (libs/api/compliance/src/lib/rules), as the screens word them. */
  notes: Record<string, string>;
}

const EN: ExportText = {
  title: 'Compliance evidence packet',
  board: 'Board',
  organization: 'Organisation',
  period: 'Reporting year',
  version: 'version',
  asOf: 'As of',
  evaluated: 'Evaluated',
  results: { pass: 'Met', fail: 'Not met', at_risk: 'At risk', not_enough_data: 'Not enough data' },
  measured: 'Measured',
  threshold: 'Needs',
  nothingMeasured: 'nothing to measure yet',
  withheld: 'withheld: it would show fewer than 5 people with an attribute',
  source: 'Source',
  evidence: 'Records',
  noEvidence: 'No records listed.',
  noResults: 'No stored results for this reporting year.',
  units: { days: 'days', members: 'members' },
  auditHead: 'Audit chain head',
  auditHeadHint: "The board's organisation's audit log ended with this hash when the packet was made. If the log still leads to it, nothing recorded before then has changed.",
  generated: 'Made',
  notes: {
    held: 'held',
    scheduled: 'planned, not held yet',
    counted: 'counted',
    not_counted: 'not counted',
    term_ending: 'counted, but their term ends before the year does',
    within_limit: 'within the limit',
    over_limit: 'over the limit',
    kept: 'minutes kept',
    missing: 'missing',
    on_time: 'on time',
    late: 'late',
    due_soon: 'due soon',
    pending: 'not due yet',
    not_due: 'answer not due yet, so not counted',
    onboarded: 'onboarding done before voting',
    voted_before_onboarding: 'voted before onboarding',
    quorum_reached: 'quorum reached',
    no_quorum: 'no quorum',
    not_recorded: 'attendance not recorded',
    voting: 'can vote',
    not_voting: 'cannot vote',
  },
};

const PT: ExportText = {
  title: 'Dossiê de evidências de conformidade',
  board: 'Conselho',
  organization: 'Organização',
  period: 'Ano de relatório',
  version: 'versão',
  asOf: 'Com dados até',
  evaluated: 'Avaliado em',
  results: { pass: 'Cumprida', fail: 'Não cumprida', at_risk: 'Em risco', not_enough_data: 'Dados insuficientes' },
  measured: 'Medido',
  threshold: 'Exige',
  nothingMeasured: 'ainda nada para medir',
  withheld: 'omitido: mostraria menos de 5 pessoas com um atributo',
  source: 'Fonte',
  evidence: 'Registos',
  noEvidence: 'Nenhum registo listado.',
  noResults: 'Não há resultados guardados para este ano de relatório.',
  units: { days: 'dias', members: 'membros' },
  auditHead: 'Topo da cadeia de auditoria',
  auditHeadHint: 'O registo de auditoria da organização do conselho terminava com este hash quando o dossiê foi feito. Se o registo ainda leva a ele, nada do que foi registado antes mudou.',
  generated: 'Feito em',
  notes: {
    held: 'feita',
    scheduled: 'marcada, ainda não feita',
    counted: 'contado',
    not_counted: 'não contado',
    term_ending: 'contado, mas o mandato acaba antes do fim do ano',
    within_limit: 'dentro do limite',
    over_limit: 'acima do limite',
    kept: 'ata guardada',
    missing: 'em falta',
    on_time: 'a tempo',
    late: 'atrasado',
    due_soon: 'o prazo acaba em breve',
    pending: 'o prazo ainda não acabou',
    not_due: 'resposta ainda dentro do prazo, por isso não contada',
    onboarded: 'acolhimento feito antes de votar',
    voted_before_onboarding: 'votou antes do acolhimento',
    quorum_reached: 'com quórum',
    no_quorum: 'sem quórum',
    not_recorded: 'presenças não registadas',
    voting: 'pode votar',
    not_voting: 'não pode votar',
  },
};

const ES: ExportText = {
  title: 'Dosier de evidencias de cumplimiento',
  board: 'Consejo',
  organization: 'Organización',
  period: 'Año de informe',
  version: 'versión',
  asOf: 'Con datos hasta',
  evaluated: 'Evaluado el',
  results: { pass: 'Cumplida', fail: 'No cumplida', at_risk: 'En riesgo', not_enough_data: 'Faltan datos' },
  measured: 'Medido',
  threshold: 'Exige',
  nothingMeasured: 'todavía nada que medir',
  withheld: 'omitido: mostraría menos de 5 personas con un atributo',
  source: 'Fuente',
  evidence: 'Registros',
  noEvidence: 'Ningún registro listado.',
  noResults: 'No hay resultados guardados para este año de informe.',
  units: { days: 'días', members: 'miembros' },
  auditHead: 'Cabeza de la cadena de auditoría',
  auditHeadHint: 'El registro de auditoría de la organización del consejo terminaba con este hash cuando se hizo el dosier. Si el registro todavía lleva a él, nada de lo registrado antes ha cambiado.',
  generated: 'Hecho el',
  notes: {
    held: 'hecha',
    scheduled: 'prevista, todavía no hecha',
    counted: 'contado',
    not_counted: 'no contado',
    term_ending: 'contado, pero su mandato acaba antes que el año',
    within_limit: 'dentro del límite',
    over_limit: 'por encima del límite',
    kept: 'acta guardada',
    missing: 'falta',
    on_time: 'a tiempo',
    late: 'tarde',
    due_soon: 'el plazo acaba pronto',
    pending: 'el plazo todavía no ha acabado',
    not_due: 'respuesta todavía dentro de plazo, así que no se cuenta',
    onboarded: 'bienvenida completada antes de votar',
    voted_before_onboarding: 'votó antes de completar la bienvenida',
    quorum_reached: 'con quórum',
    no_quorum: 'sin quórum',
    not_recorded: 'asistencia sin registrar',
    voting: 'puede votar',
    not_voting: 'no puede votar',
  },
};

export const EXPORT_TEXT: Readonly<Record<Locale, ExportText>> = { en: EN, pt: PT, es: ES };
