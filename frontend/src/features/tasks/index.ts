export { TasksRoutes } from './routes';
