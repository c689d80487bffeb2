export { ContentStatusPage } from './components/content-status-page';
export { DraftsRoutes } from './routes';
