// Moved to components/ so that other screens (the completeness tracker's templates) share it.
export { downloadText } from '@/components/download-text';
