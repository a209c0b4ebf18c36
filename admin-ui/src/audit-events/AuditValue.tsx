import { Fragment } from 'react';
import { Link } from 'react-admin';
import type { ValuePart } from '../../../contracts/audit-changes';

/** A shown value: referenced records by name, each a link to its page when it has one. */
export const AuditValue = ({ parts }: { parts: ValuePart[] }) => (
  <>
    {parts.map((part, i) => (
      <Fragment key={i}>
        {i > 0 && ', '}
        {part.to ? <Link to={part.to}>{part.text}</Link> : part.text}
      </Fragment>
    ))}
  </>
);
