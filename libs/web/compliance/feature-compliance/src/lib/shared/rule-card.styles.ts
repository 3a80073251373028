/** The look of one rule's card, on a board's compliance page and in a funder's portfolio alike. */
export const RULE_CARD_STYLES = `
    :host {
      display: block;
    }
    .title {
      margin: 0 0 0.5rem;
      font-size: 1.0625rem;
      overflow-wrap: anywhere;
    }
    p {
      margin: 0.375rem 0;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .source {
      overflow-wrap: anywhere;
    }
    summary {
      display: flex;
      align-items: center;
      min-height: 44px;
      cursor: pointer;
      font-weight: 500;
    }
    .evidence {
      margin: 0;
      padding-inline-start: 1.25rem;
      li {
        margin-block: 0.375rem;
        overflow-wrap: anywhere;
      }
    }
    .type {
      font-weight: 700;
    }
`;
