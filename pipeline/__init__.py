"""factpipe: encyclopedic articles into validated datasets of sentence-grounded facts and events."""
