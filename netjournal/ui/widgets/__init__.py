"""Small widgets shared by the tabs: table view with an empty state, delegates."""
