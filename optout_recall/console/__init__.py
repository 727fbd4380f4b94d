"""`recall console`: the live recall in a browser, with decisions signed by the person's key in the browser.

The app renders what a `RecallGateway` reports and forwards signed statements to it untouched; the gateway
(built by `optout_recall.cli.console` over the Temporal client) is the only part that reaches Temporal, and the
workflow's validators stay the only judge of a statement.
"""
