import { AutocompleteInput, AutocompleteInputProps } from 'react-admin';
import { useNameSource } from './useNameSource';

export const NameAutocompleteInput = (props: AutocompleteInputProps) => <AutocompleteInput optionText={useNameSource()} {...props} />;
