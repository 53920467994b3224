package org.presalesbridge.mocksap.sd.masterdata;

/** A sales area: sales organization (VKORG), distribution channel (VTWEG), division (SPART). */
public record SalesArea(String salesOrganization, String distributionChannel, String division) {

    @Override
    public String toString() {
        return salesOrganization + "/" + distributionChannel + "/" + division;
    }
}
