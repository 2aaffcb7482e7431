// The 审核情况汇总表 as printed: its title, the register, the date it was printed.
import { registerTitle } from '../../../shared/rollup/titles';
import type { RollupView } from '../../../shared/rollup/view';
import { RegisterTable } from './RegisterTable';

export const RegisterPrint = ({ view }: { view: RollupView }) => {
  const today = new Date();
  return (
    <section className="register-print">
      <h2 className="print-title">{registerTitle(view)}</h2>
      <RegisterTable rows={view.register} />
      <p className="print-date">
        打印日期：{today.getFullYear()}年{today.getMonth() + 1}月{today.getDate()}日
      </p>
    </section>
  );
};
