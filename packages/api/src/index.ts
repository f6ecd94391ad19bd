// Public API of @trawl/api: the hub API's contract (response shapes) and the webhook template renderer.
export {};
