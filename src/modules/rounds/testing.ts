/**
 * What tests outside this module (the browser suite) may use: the rows a phone's sync writes, and
 * test photos. Not for production code (the dependency lint rule lets only tests import this file).
 */
export { actions, findingPhotos, findings, presenceShifts } from './rounds.table';
export { hasGpsIfd, jpegWithGps } from './test-photos';
