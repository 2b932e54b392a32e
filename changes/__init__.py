"""Every change a user makes to a ledger, one function each: the window and the command line call the same
ones, which open the one transaction, write the audit through models/domain, and say what they did."""
