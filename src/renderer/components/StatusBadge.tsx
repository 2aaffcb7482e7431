// The review status of a report as a coloured badge.
import { reportStatusLabel, type ReportStatus } from '../../shared/ipc/review';

export const StatusBadge = ({
  status,
  failed = false,
}: {
  status: ReportStatus;
  failed?: boolean;
}) =>
  failed ? (
    <span className="badge badge-failed">读取失败</span>
  ) : (
    <span className={`badge badge-${status}`}>{reportStatusLabel[status]}</span>
  );
