"""Extract stage: the quantities (facts) and dated statements (events) of a document's sentences."""
