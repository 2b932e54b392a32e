"""Item models (QAbstractItemModel subclasses, each checked with qtmodeltester) and the columns they show."""
