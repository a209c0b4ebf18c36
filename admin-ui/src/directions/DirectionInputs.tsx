import { NameInputs } from '../common/NameInputs';

export const DirectionInputs = () => <NameInputs />;
