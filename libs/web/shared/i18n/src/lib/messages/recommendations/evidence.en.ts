/** English, evidence files on progress updates. */
export const EN_EVIDENCE_MESSAGES = {
  'recommendations.evidence.files.label': 'Files to show the work (optional)',
  'recommendations.evidence.files.hint': 'Up to 3 files of at most 5 MB each: PDF, PNG, JPEG, CSV, Word (DOCX), Excel (XLSX) or OpenDocument text (ODT). They are added after the update is posted.',
  'recommendations.evidence.files.chosen': 'Files chosen',
  'recommendations.evidence.files.clear': 'Remove the chosen files',
  'recommendations.evidence.files.tooMany': 'Choose at most {max} files.',
  'recommendations.evidence.files.wrongType': '“{name}” is not a kind of file we can take. Use PDF, PNG, JPEG, CSV, DOCX, XLSX or ODT.',
  'recommendations.evidence.files.tooLarge': '“{name}” is larger than 5 MB.',
  'recommendations.evidence.files.empty': '“{name}” is empty.',
  'recommendations.evidence.files.notAttached': 'The update was posted, but these files could not be added: {names}. You can try again with the form below as a new update.',
  'recommendations.evidence.heading': 'Evidence files',
  'recommendations.evidence.update': 'Update of {date} ({percent}% done)',
  'recommendations.evidence.remove': 'Remove',
  'recommendations.evidence.removeLabel': 'Remove the file “{name}”',
} as const;
