export default defineBackground(() => {
  // The engine will be served from here (see the LinkedIn issue); the content
  // script never imports compromise.
});
