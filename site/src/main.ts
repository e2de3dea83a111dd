// The site's entry: global styles and the app shell. Everything else loads from here; the
// Cognito library only when a visitor needs it (auth/session.ts).
import './styles.css';
import './components/mysfits-app.js';
