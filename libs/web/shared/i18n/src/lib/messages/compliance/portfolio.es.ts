import type { EN_PORTFOLIO_MESSAGES } from './portfolio.en';

/** Spanish, portfolio: los consejos que cubren las subvenciones de un financiador, solo lectura. */
export const ES_PORTFOLIO_MESSAGES: Readonly<Record<keyof typeof EN_PORTFOLIO_MESSAGES, string>> = {
  'shell.nav.portfolio': 'Cartera',

  'portfolio.pageTitle': 'Cartera',
  'portfolio.heading': 'Cartera',
  'portfolio.intro': 'Los consejos que cubren tus subvenciones, y cómo cumple cada uno las reglas de su subvención. Cabinet los revisa a partir de lo que registran los consejos; puedes leer, no cambiar.',
  'portfolio.empty': 'Todavía no hay consejos: una subvención aparece aquí cuando la organización la acepta.',
  'portfolio.grantsLink': 'Ver tus subvenciones',

  'portfolio.summary.heading': 'Resumen',
  'portfolio.summary.boards': 'Consejos',
  'portfolio.summary.pass': 'Reglas cumplidas',
  'portfolio.summary.fail': 'Reglas no cumplidas',
  'portfolio.summary.atRisk': 'Reglas en riesgo',
  'portfolio.summary.notEnoughData': 'Reglas con datos insuficientes',
  'portfolio.refresh': 'Buscar resultados nuevos',
  'portfolio.refreshing': 'Buscando resultados nuevos…',
  'portfolio.refreshed': 'Los resultados están al día.',

  'portfolio.board.organization': 'Organización',
  'portfolio.board.grant': 'Subvención',
  'portfolio.board.counts': 'Cumplidas: {pass}. No cumplidas: {fail}. En riesgo: {atRisk}. Faltan datos: {notEnoughData}.',
  'portfolio.board.open': 'Ver los registros',
  'portfolio.board.pageTitle': 'Un consejo de tu cartera',
  'portfolio.board.back': 'Volver a la cartera',
  'portfolio.board.intro': 'Cada regla con los registros en que se basa su resultado. Los miembros aparecen con el nombre que eligieron mostrar y su puesto.',
  'portfolio.board.noPacks': 'Todavía no se aplica ningún paquete a este consejo.',
  'portfolio.board.notFound': 'Este consejo no está en tu cartera. Puede que la subvención se haya retirado, o que la organización todavía no la haya aceptado.',

  'portfolio.pack.period': 'Versión {version}. Año del informe del {from} al {to}, revisado el {checked}.',
  'portfolio.pack.notChecked': 'Versión {version}. Todavía sin revisar: los resultados suelen aparecer un minuto después de que la organización acepte.',

  'portfolio.withheld': 'No se muestra: la proporción señalaría a menos de 5 personas.',
  'portfolio.withheld.hint': 'Cabinet no muestra recuentos tan pequeños fuera del consejo, para que nadie pueda ser reconocido.',

  'portfolio.trend.caption': 'Reglas por resultado en cada año del informe: {pack}, {board}',
  'portfolio.trend.soFar': '{year}, hasta ahora',
  'portfolio.trend.soFarNote': 'Este año hasta ahora',

  'portfolio.audit.heading': 'Registro de auditoría',
  'portfolio.audit.intro': 'Lo que se registró sobre este consejo, de lo más reciente a lo más antiguo: solo acciones y horas, nunca nombres. El registro de cada organización se comprueba desde su primera entrada.',
  'portfolio.audit.chainValid': '{organization}: el registro está íntegro ({count} entradas comprobadas). Hash de la última entrada: {hash}',
  'portfolio.audit.chainBroken': '{organization}: el registro no está íntegro. Pide explicaciones a la organización. Último hash válido: {hash}',
  'portfolio.audit.when': 'Cuándo',
  'portfolio.audit.organization': 'Organización',
  'portfolio.audit.action': 'Qué pasó',
  'portfolio.audit.subject': 'Sobre',
  'portfolio.audit.empty': 'Todavía no hay nada registrado sobre este consejo.',
  'portfolio.audit.error': 'No se pudo cargar el registro de auditoría. Inténtalo de nuevo en un momento.',
};
