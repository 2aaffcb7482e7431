// The two choices of an issue list: the file type and which findings it lists.
export type IssueFormat = 'xlsx' | 'csv';
export type IssueScope = 'confirmed' | 'all';

interface Props {
  format: IssueFormat;
  scope: IssueScope;
  onFormat(f: IssueFormat): void;
  onScope(s: IssueScope): void;
}

export const IssueOptions = ({ format, scope, onFormat, onScope }: Props) => (
  <>
    <select
      aria-label="问题清单格式"
      value={format}
      onChange={(e) => onFormat(e.target.value as IssueFormat)}
    >
      <option value="xlsx">Excel（.xlsx）</option>
      <option value="csv">CSV（.csv）</option>
    </select>
    <select
      aria-label="导出范围"
      value={scope}
      onChange={(e) => onScope(e.target.value as IssueScope)}
    >
      <option value="all">全部问题（含审核结论）</option>
      <option value="confirmed">仅已确认的问题</option>
    </select>
  </>
);
