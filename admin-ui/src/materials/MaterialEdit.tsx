import { Box } from '@mui/material';
import { Edit, SimpleForm } from 'react-admin';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';
import { MaterialInputs } from './MaterialInputs';
import { OutletCodeFields } from './OutletCodeFields';

export const MaterialEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }}>
    <SimpleForm warnWhenUnsavedChanges noValidate>
      <OutletCodeFields />
      <MaterialInputs />
    </SimpleForm>
    <Box sx={{ px: 2, pb: 2 }}>
      <EvidencePanel />
    </Box>
  </Edit>
);
