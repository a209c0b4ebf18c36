import {
  EditButton,
  ListButton,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TopToolbar,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { ItemsGrid } from '../media-plan-items/ItemsGrid';
import { CopyPlanButton } from './CopyPlanButton';
import { canEditPlan } from './planAccess';
import { PlanChanges } from './PlanChanges';
import { PlanExecutionView } from './PlanExecutionView';
import { PlanHeader } from './PlanHeader';
import { PlanHistory } from './PlanHistory';
import type { MediaPlan } from '../../../contracts/media-plans';
import { WorkflowButtons } from './WorkflowButtons';

const useEditable = () => {
  const plan = useRecordContext<MediaPlan>();
  const { identity } = useGetIdentity();
  return Boolean(plan && identity && canEditPlan(plan, identity));
};

const PlanActions = () => {
  const editable = useEditable();
  return (
    // On a phone the buttons wrap, the workflow step first, so that it stays on screen.
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <WorkflowButtons />
      {editable && <EditButton />}
      <CopyPlanButton />
      <ListButton />
    </TopToolbar>
  );
};

const PlanItems = () => {
  const plan = useRecordContext<MediaPlan>();
  const editable = useEditable();
  return plan ? (
    <>
      <PlanChanges />
      <ItemsGrid key={`${plan.id}-${plan.status}`} mediaPlanId={plan.id} editable={editable} />
    </>
  ) : null;
};

export const MediaPlanShow = () => (
  <Show actions={<PlanActions />}>
    <PlanHeader />
    {/* Zero width with a full minimum: on a phone the tabs scroll rather than widen the page. */}
    <TabbedShowLayout
      tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile sx={{ width: 0, minWidth: '100%' }} />}
    >
      <TabbedShowLayout.Tab label="app.plans.tabs.items">
        <PlanItems />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.plans.tabs.execution" path="execution">
        <PlanExecutionView />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.plans.tabs.history" path="history">
        <PlanHistory />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
