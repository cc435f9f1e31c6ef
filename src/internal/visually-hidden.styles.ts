import { css } from 'lit';

/** Text for assistive technology only: read out, never seen. Shared by the token sheet and the provider. */
export const visuallyHidden = css`
  .visually-hidden,
  .until-focus:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
