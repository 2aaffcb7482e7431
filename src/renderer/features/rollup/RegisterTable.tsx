// The 审核情况汇总表 on screen: one line per report of the area.
import { reportStatusLabel } from '../../../shared/ipc/review';
import type { RegisterRow } from '../../../shared/rollup/view';

const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : '');

export const RegisterTable = ({ rows }: { rows: readonly RegisterRow[] }) => (
  <section className="rollup-register">
    <h3>审核情况汇总表</h3>
    <table data-testid="register">
      <thead>
        <tr>
          <th>单位</th>
          <th>年度</th>
          <th>版本</th>
          <th>状态</th>
          <th>发现错误</th>
          <th>发现警告</th>
          <th>未解决错误</th>
          <th>未解决警告</th>
          <th>退回日期</th>
          <th>通过日期</th>
          <th>已汇总</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-report-id={r.id}>
            <td>{r.agency}</td>
            <td className="num">{r.year ?? ''}</td>
            <td className="num">{r.version}</td>
            <td>{reportStatusLabel[r.status]}</td>
            <td className="num">{r.found.error}</td>
            <td className="num">{r.found.warning}</td>
            <td className="num">{r.open.error}</td>
            <td className="num">{r.open.warning}</td>
            <td>{day(r.returnedAt)}</td>
            <td>{day(r.approvedAt)}</td>
            <td>{r.joined ? '是' : '否'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);
