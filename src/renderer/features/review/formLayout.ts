// The form layout lives in src/shared/model/form-layout.ts: the exports of the roll-up lay the
// tables out the same way in main.
export * from '../../../shared/model/form-layout';
