// WorkshopServe
