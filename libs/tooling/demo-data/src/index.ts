export { DEMO_INBOX_ADDRESS, DEMO_PASSWORD, DEMO_PEOPLE, seedDemoData } from './lib/seed-demo';
export { DEMO_PAST_MEETING } from './lib/seed-demo-meeting-records';
export { DEMO_RECOMMENDATION } from './lib/seed-demo-accountability';
