"""Ways into the consent ledger for product services: an HTTP endpoint (with GPC) and a queue consumer."""
