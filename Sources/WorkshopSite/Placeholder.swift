// WorkshopSite
