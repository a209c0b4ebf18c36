import { NamedReferenceResponse } from '../common/named-reference.response';
import { Direction } from './direction.entity';

export class DirectionResponse extends NamedReferenceResponse implements Direction {}
