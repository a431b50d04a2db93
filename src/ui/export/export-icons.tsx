/**
 * The export area's icons live in ui/shared/icons (one Icon base for the app). Files that other
 * work has open still import them from here; new code imports ui/shared/icons directly.
 */
export {
  CheckIcon,
  CloseIcon,
  CopyIcon,
  DropIcon,
  ImportIcon,
  LinkIcon,
  MoreIcon,
  NewFileIcon,
  WarningIcon as AlertIcon,
} from '../shared/icons';
