// WorkshopCheck
