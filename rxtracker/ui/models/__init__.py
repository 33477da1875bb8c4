"""Qt item models: plain frozen rows in, cells out (``data()`` never runs SQL).

Every model here passes ``qtmodeltester``; pages, dialogs and widgets only show them.
"""
