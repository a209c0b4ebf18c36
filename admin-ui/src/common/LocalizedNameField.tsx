import { TextField, TextFieldProps } from 'react-admin';
import { useNameSource } from './useNameSource';

export const LocalizedNameField = (props: Omit<TextFieldProps, 'source'>) => <TextField {...props} source={useNameSource()} />;
