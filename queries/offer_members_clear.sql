DELETE FROM offer_members;
